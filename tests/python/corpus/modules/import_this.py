# import this: the Zen of Python printed once, as CPython prints it; the module's names after
import this
import this  # a second import prints nothing
print(this.s[:14], len(this.d), this.c, this.i)
print(sorted(n for n in dir(this) if not n.startswith("_")))
print("".join(this.d.get(ch, ch) for ch in this.s).splitlines()[2])
