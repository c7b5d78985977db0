# A to-do list CLI with add/list/done subcommands kept in memory, run over a script of commands
import argparse
import shlex

todos = []

def add(a):
    todos.append({"text": " ".join(a.text), "prio": a.priority, "done": False})
    print(f"added #{len(todos)}")

def show(a):
    for i, t in enumerate(todos, 1):
        if a.all or not t["done"]:
            print(f"{i}. [{'x' if t['done'] else ' '}] ({t['prio']}) {t['text']}")

def done(a):
    todos[a.number - 1]["done"] = True

p = argparse.ArgumentParser(prog="todo")
s = p.add_subparsers(dest="cmd", required=True)
pa = s.add_parser("add"); pa.add_argument("text", nargs="+"); pa.set_defaults(func=add)
pa.add_argument("-p", "--priority", type=int, choices=[1, 2, 3], default=2)
pl = s.add_parser("list"); pl.add_argument("-a", "--all", action="store_true"); pl.set_defaults(func=show)
pd = s.add_parser("done"); pd.add_argument("number", type=int); pd.set_defaults(func=done)
script = ['add buy milk', 'add -p 1 "write chapter"', 'add call Bob -p 3', 'done 2', 'list', 'list -a', 'done 9']
for line in script:
    print("$ todo", line)
    a = p.parse_args(shlex.split(line))
    a.func(a)
