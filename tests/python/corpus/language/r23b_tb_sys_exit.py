import sys

class Cli:
    def __init__(self, argv):
        self.argv = argv
    def run(self):
        try:
            cmd = self.argv[0]
        except IndexError:
            print("usage: prog CMD")
            return 2
        handler = getattr(self, f"cmd_{cmd}", None)
        if handler is None:
            sys.exit(f"unknown command: {cmd}")
        return handler()
    def cmd_hello(self):
        print("hello!")
        return 0

print(Cli([]).run(), Cli(["hello"]).run())
try:
    Cli(["nope"]).run()
except SystemExit as e:
    print("SystemExit:", repr(e.code), isinstance(e, Exception))
try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
try:
    raise SystemExit(3)
except BaseException as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit(1)
finally:
    print("finally runs before exit")
