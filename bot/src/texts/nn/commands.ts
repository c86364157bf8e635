import type { Catalogue } from '../catalogue';

export const commands: Catalogue['commands'] = {
  propose: 'Foreslå ei sak til eit møte',
  attendance: 'Sei om du kjem til neste møte',
  apologies: 'Meld forfall, eller send varamedlemmet ditt',
  input: 'Gi skriftleg innspel før fristen',
  status: 'Sjå kva du har svart og kva som står att',
  setup: 'Set opp brukarutvalet i dette teamet',
  help: 'Vis kva eg kan hjelpe med',
};
