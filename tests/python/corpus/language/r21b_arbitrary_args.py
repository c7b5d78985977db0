# tutorial 4.8.4-4.8.5: *args with keyword-only after, unpacking argument lists
def write_multiple_items(file, separator, *args):
    file.write(separator.join(args))
import sys
write_multiple_items(sys.stdout, ', ', 'a', 'b', 'c')
print()
def concat(*args, sep="/"):
    return sep.join(args)
print(concat("earth", "mars", "venus"))
print(concat("earth", "mars", "venus", sep="."))
print(list(range(3, 6)))
args = [3, 6]
print(list(range(*args)))
def parrot(voltage, state='a stiff', action='voom'):
    print("-- This parrot wouldn't", action, end=' ')
    print("if you put", voltage, "volts through it.", end=' ')
    print("E's", state, "!")
d = {"voltage": "four million", "state": "bleedin' demised", "action": "VOOM"}
parrot(**d)
print(*'abc', sep='|')
print(*range(3), *[9, 8])
print(concat(1, 2))
