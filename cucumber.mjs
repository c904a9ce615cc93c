// Cucumber configuration. Features are passed on the command line (config paths would be merged
// with them); step definitions and support live in steps/ (the only code that imports Cucumber).
export default {
  import: ['steps/**/*.ts'],
  format: [],
  formatOptions: { snippetInterface: 'async-await' },
  strict: true,
};
