# str.format's errors for braces in CPython's words: a '{' at the very end is
# "Single '{' encountered" (it said "expected '}' before end of string"), an
# unclosed field is "expected '}'", a lone '}' is "Single '}'".
for fmt, args in [('{} {}', (1,)), ('{0} {2}', (1, 2)), ('{x}', ()), ('{:d}', ('a',)), ('{', ()), ('}', ()),
                  ('abc {', ()), ('{0', (1,)), ('{0:{1}', (1, 2)), ('{{', ()), ('}}', ()), ('x}y', ()), ('{:.2f}', (None,))]:
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for spec in ['q', ',d', '>10.2e', '=+8', '#06x', '_b', '+.1%', 'c']:
    try:
        print(spec, repr(format(255, spec)))
    except Exception as e:
        print(spec, type(e).__name__, e)
