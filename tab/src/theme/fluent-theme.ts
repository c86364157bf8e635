import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { toTeamsTheme, type TeamsTheme } from '../teams/teams-host';

const THEMES: Readonly<Record<TeamsTheme, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export function fluentTheme(theme: TeamsTheme): Theme {
  return THEMES[theme];
}

/** `?theme=default|dark|contrast` forces a theme (used by browser tests). */
export function themeFromQuery(search: string): TeamsTheme | undefined {
  return toTeamsTheme(new URLSearchParams(search).get('theme'));
}
