// What each bot command does, on the help card and in Teams' command menu (manifest/).
// Keyed by CommandId (teams/command-table.ts); the words members type live in that table.
export const commands = {
  propose: 'Foreslå en sak til et møte',
  attendance: 'Si om du kommer til neste møte',
  apologies: 'Meld forfall, eller send varamedlemmet ditt',
  input: 'Gi skriftlig innspill før fristen',
  status: 'Se hva du har svart og hva som gjenstår',
  setup: 'Sett opp brukerutvalget i dette teamet',
  help: 'Vis hva jeg kan hjelpe med',
};
