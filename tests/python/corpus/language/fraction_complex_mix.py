# Fractions mixed with complex numbers, as CPython's fallbacks convert them
from fractions import Fraction as F
import numbers
a = F(1, 2)
for f in [lambda: a + 1j, lambda: 1j + a, lambda: a * (2+1j), lambda: (2+1j) / a, lambda: a - 1j, lambda: a // 1j, lambda: 1j % a,
          lambda: divmod(a, 1j), lambda: a ** 1j, lambda: 1j ** a, lambda: F(-8) ** F(1, 3), lambda: a == 0.5+0j, lambda: a == 1j,
          lambda: complex(a), lambda: isinstance(1j, numbers.Complex), lambda: isinstance(1j, numbers.Real), lambda: (2.0) ** F(1,2), lambda: 'x' ** a]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
