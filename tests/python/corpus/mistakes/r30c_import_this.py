# Reading the Zen of Python, then looking for a rule that is not there.
import this
lines = this.s.splitlines()
print(len(lines))
print(this.d["a"], "".join(this.d.get(c, c) for c in "Fvzcyr"))
print(lines[100])
