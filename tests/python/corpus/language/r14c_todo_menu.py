# A to-do list manager driven by commands typed on input(), ending at end of input.
todos = []
print("commands: add TEXT, done N, list, quit")
while True:
    try:
        line = input("> ")
    except EOFError:
        print("\n(end of input)")
        break
    cmd, _, arg = line.partition(" ")
    if cmd == "add":
        todos.append([arg, False])
        print(f"added #{len(todos)}")
    elif cmd == "done":
        try:
            todos[int(arg) - 1][1] = True
        except (ValueError, IndexError):
            print("no such item:", arg)
    elif cmd == "list":
        for i, (text, done) in enumerate(todos, 1):
            print(f"{i}. [{'x' if done else ' '}] {text}")
    elif cmd == "quit":
        break
    else:
        print("?", cmd)
print(sum(not d for _, d in todos), "left to do")
