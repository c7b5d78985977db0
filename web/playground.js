// playground.js -- the Playground: an entry of the lesson list that runs
// any program, starting from a blank asyncio skeleton, with everything a
// lesson has (the editor and its saved edits, Run, Stop, Step, the output,
// errors marked, the timeline, the Input box, share links) but no C twin.
// app.js adds PLAYGROUND to the list and takes its files from here.

export const PLAYGROUND = {
  id: 'playground',
  title: 'Playground',
  section: 'Your own program',
  summary: 'Write any Python program and run it on casyncio: an asyncio skeleton to start from, the same output, errors, timeline and Stop as the lessons.',
  input: null,
  expected_seconds: 1,
  playground: true,
};

export const SKELETON = `import asyncio


async def main():
    print("Hello from a task")
    await asyncio.sleep(1)
    print("One second later")


asyncio.run(main())
`;

const README = `# Playground

This page runs any program you write, on the same interpreter and event loop
as the lessons. Start from the skeleton: \`main()\` is a coroutine, and
\`asyncio.run(main())\` creates the loop, runs \`main()\` as its first task and
closes the loop when it returns.

Some things to try:

* Start three workers with \`asyncio.create_task\` and \`await\` them, or
  \`await asyncio.gather(...)\` them, and watch them take turns in the timeline.
* Replace \`await asyncio.sleep(1)\` by \`time.sleep(1)\` (after \`import time\`):
  the timeline shows the loop blocked, and nothing else runs meanwhile.
* Read a line with \`input()\`: the Input box appears; each call reads the next
  line of it.
* Use the virtual clock to run long sleeps instantly, or Step through a run
  one event at a time.

The interpreter does not support everything CPython does yet; an unsupported
feature stops with an error that names it.`;

/** The playground's files, as a lesson's would be fetched: [readme, c, py]. */
export function playgroundFiles() {
  return [README, null, SKELETON];
}
