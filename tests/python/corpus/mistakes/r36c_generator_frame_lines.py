# watching where a generator is paused through its frame
def steps():
    yield "boil water"
    yield "add tea"
    x = 1 / 0
    yield "pour"

g = steps()
print(g.gi_frame.f_lineno, g.gi_running)
for s in g:
    print(s, "- paused at line", g.gi_frame.f_lineno)
