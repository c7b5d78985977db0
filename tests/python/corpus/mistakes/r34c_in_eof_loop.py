# A menu loop that expects a "quit" line which never comes
commands = []
while True:
    cmd = input("> ").strip()
    if cmd == "quit":
        break
    commands.append(cmd)
    print(f"ran {cmd!r} ({len(commands)} so far)")
print("bye")
