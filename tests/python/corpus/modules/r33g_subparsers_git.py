# A tiny git-like tool with subcommands dispatched through set_defaults(func=...)
import argparse

def cmd_init(args):
    print(f"init repository in {args.directory} (bare={args.bare})")

def cmd_commit(args):
    print(f"commit -m {args.message!r} all={args.all}")

parser = argparse.ArgumentParser(prog="mgit")
parser.add_argument("--quiet", action="store_true")
sub = parser.add_subparsers(title="commands", dest="command")
p_init = sub.add_parser("init", help="create a repository")
p_init.add_argument("directory", nargs="?", default=".")
p_init.add_argument("--bare", action="store_true")
p_init.set_defaults(func=cmd_init)
p_commit = sub.add_parser("commit", aliases=["ci"], help="record changes")
p_commit.add_argument("-m", "--message", required=True)
p_commit.add_argument("-a", "--all", action="store_true")
p_commit.set_defaults(func=cmd_commit)

for argv in (["init"], ["init", "repo", "--bare"], ["ci", "-am", "fix"], ["commit", "-m", "x"]):
    args = parser.parse_args(argv)
    print(args.command, end=": ")
    args.func(args)
parser.print_help()
print(parser.parse_args([]))
parser.parse_args(["push"])
