# bytes %-formatting (PEP 461): %s takes bytes or __bytes__, %r and %a ascii(), %c a byte, numbers in ASCII
class B:
    def __bytes__(self): return b'<B>'
tests = ["b'%s' % b'ab'", "b'%s' % 'text'", "b'%d|%5d|%-4x|%o' % (3, 42, 255, 8)", "b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef')", "b'%r %a' % ('\xe9', b'x')",
 "b'%c%c' % (65, b'B')", "b'%c' % 256", "b'%c' % 'A'", "b'%(x)s' % {b'x': b'1'}", "b'%(x)s' % {'x': b'1'}", "b'%f %e %g' % (1.5, 2.5, 3.5)", "b'%s' % B()",
 "(b'%d').__mod__(5)", "b'%s' % 3", "b'%i %u' % (1, 2)", "b'%5.2f' % 3.14159", "b'%*d' % (5, 3)", "b'%s' % None"]
for t in tests:
    try: r = repr(eval(t))
    except Exception as e: r = f"{type(e).__name__}: {e}"
    print(f"{t}  =>  {r}")
