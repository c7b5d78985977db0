# The mistakes one can make when calling add_argument, and what each raises
import argparse

p = argparse.ArgumentParser(prog="bad")
attempts = [
    lambda: p.add_argument("--n", type="int"),
    lambda: p.add_argument("--n", action="storee"),
    lambda: p.add_argument("--n", nargs=0),
    lambda: p.add_argument("pos", dest="other"),
    lambda: p.add_argument("pos", required=True),
    lambda: p.add_argument("pos", "-p"),
    lambda: p.add_argument("--pair", nargs=3, metavar=("A", "B")),
    lambda: p.add_argument("--flag", action="store_true", type=int),
    lambda: p.add_argument("--c", action="store_const"),
    lambda: p.add_argument("--x", nargs="?", const=1, action="append_const"),
]
for i, attempt in enumerate(attempts):
    try:
        attempt()
        print(i, "accepted")
    except Exception as e:
        print(i, type(e).__name__, e)
