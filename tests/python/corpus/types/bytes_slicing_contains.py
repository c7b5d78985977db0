# bytes as a learner meets them: slicing, `in` (a byte's value or a substring;
# it was False for a substring), `*`, hex() with a separator, bytes.fromhex,
# and their errors in CPython's words.
tests = ["b'abc'.hex()", "b'abc'.hex(':')", "b'abcde'.hex('-', 2)", "b'abcde'.hex('-', -2)", "b'abc'.hex(b'|')", "b''.hex(':')",
 "bytes.fromhex('41 42')", "bytes.fromhex('4142 43')", "bytes.fromhex('414')", "bytes.fromhex('4g')", "bytes.fromhex(' 41\\n42 ')", "bytes.fromhex(b'41')",
 "b'abc'.hex('ab')", "b'hello'[1:3]", "b'hello'[::2]", "b'hello'[-2:]", "b'hello'['x']", "b'x' * 0", "b'ab' * -1", "2 * b'x'",
 "b'x' in b'xyz'", "b'' in b'x'", "120 in b'xyz'", "300 in b'x'", "'x' in b'x'", "b'xy' in b'axyb'", "b'xz' in b'axyb'"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
