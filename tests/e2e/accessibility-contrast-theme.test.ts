import { describeAccessibilityMatrix } from '../support/accessibility-matrix';

// The tab's accessibility matrix (tests/support/accessibility-matrix.ts) in the contrast theme.
describeAccessibilityMatrix('contrast');
