// (a) Start-up: the whole process until its first printed line, printed
// from an async function as the other programs print it.
async function main() {
  process.stdout.write('first line\n');
}
main();
