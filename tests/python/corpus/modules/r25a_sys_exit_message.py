import sys

def fail(msg):
    print("about to fail")
    sys.exit(f"error: {msg}")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
fail("config missing")
