# import this prints the Zen of Python; then we count its lines and look at the module's rot13 text
import this

print("---")
print(len(this.s), this.s[:20])
zen = "".join(this.d.get(c, c) for c in this.s)
lines = zen.splitlines()
print(len(lines), lines[0])
print([l for l in lines if "better" in l][:3])
