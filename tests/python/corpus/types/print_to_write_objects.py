import sys
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append('<flush>')
c = Cap()
old = sys.stdout
sys.stdout = c
print('hi', 5)
print('a', 'b', sep='-', end='!\n', flush=True)
print()
sys.stdout = old
print(c.parts)
print('x', 1, file=c)
print(c.parts[-4:])
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stdout = None
print('nothing')
sys.stdout = sys.__stdout__
print('back')
sys.stdout = sys.stderr
print('to stderr')
sys.stdout = sys.__stdout__
print(repr(sys.__stdin__)[:20])
