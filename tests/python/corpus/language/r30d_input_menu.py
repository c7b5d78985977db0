# A small menu loop reading commands with input() until quit, from NAME.stdin
todo = []
while True:
    try:
        line = input("> ").strip()
    except EOFError:
        print("\n(eof)")
        break
    cmd, _, arg = line.partition(" ")
    if cmd == "add":
        todo.append(arg)
        print(f"added {arg!r}")
    elif cmd == "list":
        for i, t in enumerate(todo, 1):
            print(f"{i}. {t}")
    elif cmd == "done":
        print("removed", todo.pop(int(arg) - 1))
    elif cmd == "quit":
        break
    else:
        print("unknown command", repr(cmd))
print("left:", todo)
n = int(input("number please: "))
