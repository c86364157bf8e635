import { makeStaticStyles } from '@fluentui/react-components';

/**
 * How the meeting package prints (members who read on paper): no navigation
 * or buttons, black on white whatever the Teams theme, items not split across
 * pages, and every link followed by its address. Elements marked
 * data-print="hide" are left out; data-print="item" keeps together.
 */
export const usePackagePrintStyles = makeStaticStyles(`
@media print {
  @page { margin: 16mm 14mm; }
  html, body, body * {
    background: #fff !important;
    color: #000 !important;
    box-shadow: none !important;
    text-shadow: none !important;
  }
  [data-print="hide"], nav, button, [role="switch"], select { display: none !important; }
  [data-print="item"], [data-print="keep"] { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  section { border-color: #000 !important; border-radius: 0 !important; }
  a { text-decoration: underline !important; }
  a[href^="http"]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
}
`);
