# sys.exit inside try/except/finally: except Exception does not catch it, finally still runs
import sys


def shutdown(code):
    try:
        print("shutting down with", repr(code))
        sys.exit(code)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("finally runs")


try:
    shutdown(0)
except SystemExit as e:
    print("caught SystemExit", repr(e), e.code, e.args)
try:
    shutdown("message text")
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code, repr(e))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args:", e.code)
print("now exiting for real")
shutdown(3)
