/** The CLI's only writer to the terminal (architecture rule 10: no console.* elsewhere). */
export const cliLog = {
  info: (line: string) => console.log(line),
  error: (line: string) => console.error(line),
};
