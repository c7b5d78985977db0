# from-import of names that are not there, caught for several library modules
# (each through exec, as a learner tries them in a loop)

for mod, name in [('math', 'squareroot'), ('random', 'randomint'), ('collections', 'Counters'), ('json', 'parse'),
                  ('sys', 'arguments'), ('time', 'wait'), ('itertools', 'permutation'), ('os', 'pathsep_x'),
                  ('string', 'letters'), ('functools', 'cache_property'), ('dataclasses', 'datclass')]:
    try:
        exec(f'from {mod} import {name}')
    except ImportError as e:
        print(type(e).__name__, '|', e, '|', e.name)
print(__import__('math').sqrt(16))
