#!/usr/bin/env python3
"""gen_decimal.py -- the decimal module of casyncio's library, made at build
time from the machine's CPython 3.11's own _pydecimal.py, whose text is not
kept here (as gen_cpython_lib.py's modules):

    python3 python/tools/gen_decimal.py OUT.py     (python/python.mk runs it)

The changes are listed in the file's header and made here as replacements,
each checked: one that no longer matches stops the build."""
import ast
import os
import sys
import sysconfig

if len(sys.argv) != 2:
    sys.exit('usage: gen_decimal.py OUT.py')
if sys.version_info[:2] != (3, 11):
    sys.exit('gen_decimal.py: CPython 3.11 is needed (this is %s)' % sys.version.split()[0])
LIB = sysconfig.get_paths()['stdlib']
OUT = sys.argv[1]

# ---- decimal.py
src = open(os.path.join(LIB, '_pydecimal.py')).read()
def sub(old, new, count=1):
    global src
    assert src.count(old) >= 1, old
    src = src.replace(old, new, count)
sub("__xname__ = __name__    # sys.modules lookup (--without-threads)\n__name__ = 'decimal'    # For pickling\n", "")
# C's _decimal raises a trapped signal with the list of the conditions met
sub("        raise error(explanation)\n", "        raise error([condition])\n")
sub("_PyHASH_MODULUS = sys.hash_info.modulus", "_PyHASH_MODULUS = 2305843009213693951")
sub("_PyHASH_INF = sys.hash_info.inf", "_PyHASH_INF = 314159")
sub("_PyHASH_NAN = sys.hash_info.nan", "_PyHASH_NAN = 0")

sub("""_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,
            Underflow, InvalidOperation, Subnormal, FloatOperation]""", """_signals = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped]""")
sub("self.traps = dict((s, int(s in traps)) for s in _signals + traps)", "self.traps = dict((s, s in traps) for s in _signals + traps)")
sub("self.flags = dict.fromkeys(_signals, 0)", "self.flags = dict.fromkeys(_signals, False)")
sub("self.flags = dict((s, int(s in flags)) for s in _signals + flags)", "self.flags = dict((s, s in flags) for s in _signals + flags)")
sub("        self.flags[error] = 1\n", "        self.flags[error] = True\n")
sub('raise TypeError("Cannot convert %r to Decimal" % value)', 'raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)')
sub('raise TypeError("argument must be int or float.")', 'raise TypeError("argument must be int or float")')
sub("raise TypeError('Cannot hash a signaling NaN value.')", "raise TypeError('Cannot hash a signaling NaN value')")
sub('raise ValueError("Cannot convert signaling NaN to float")', 'raise ValueError("cannot convert signaling NaN to float")')
sub('raise ValueError("Cannot convert NaN to integer")', 'raise ValueError("cannot convert NaN to integer")')
sub('raise OverflowError("Cannot convert infinity to integer")', 'raise OverflowError("cannot convert Infinity to integer")')
sub('raise ValueError("cannot round a NaN")', 'raise ValueError("cannot convert NaN to integer")', 3)
sub('raise OverflowError("cannot round an infinity")', 'raise OverflowError("cannot convert Infinity to integer")', 3)
sub("raise TypeError('Second argument to round should be integral')", "raise TypeError('optional arg must be an integer')")
sub('raise TypeError("Unable to convert %s to Decimal" % b)', 'raise TypeError("conversion from %s to Decimal is not supported" % type(b).__name__)', 99)
sub('raise TypeError("Unable to convert %s to Decimal" % other)', 'raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)')
sub('raise ValueError("Invalid format specifier: " + format_spec)', 'raise ValueError("invalid format string")')
sub("""                raise ValueError('Invalid tuple size in creation of Decimal '
                                 'from list or tuple.  The list or tuple '
                                 'should have exactly three elements.')""", """                raise ValueError('argument must be a sequence of length 3')""")
sub("""                raise ValueError("Invalid sign.  The first value in the tuple "
                                 "should be an integer; either 0 for a "
                                 "positive number or 1 for a negative number.")""", """                raise ValueError("sign must be an integer with the value 0 or 1")""")
sub("""                        raise ValueError("The second value in the tuple must "
                                         "be composed of integers in the range "
                                         "0 through 9.")""", """                        raise ValueError("coefficient must be a tuple of digits")""")
sub("""                    raise ValueError("The third value in the tuple must "
                                     "be an integer, or one of the "
                                     "strings 'F', 'n', 'N'.")""", """                    raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")""")
# a method's rounding= that is not one: C's TypeError (its lookup's KeyError in _pydecimal)
sub("""        this_function = self._pick_rounding_function[rounding]""",
    """        if rounding not in _rounding_modes:
            raise TypeError("valid values for rounding are:\\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\\n   ROUND_05UP]")
        this_function = self._pick_rounding_function[rounding]""")
sub("""                raise TypeError("%s: invalid rounding mode" % value)""", """                raise TypeError("valid values for rounding are:\\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\\n   ROUND_05UP]")""")
sub("""        if name == 'prec':
            return self._set_integer_check(name, value, 1, 'inf')""", """        if name == 'prec':
            if isinstance(value, int) and value < 1:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
            return self._set_integer_check(name, value, 1, 'inf')""")

sub("""        for flag in self.flags:
            self.flags[flag] = 0
""", """        for flag in self.flags:
            self.flags[flag] = False
        object.__setattr__(self, '_inv_early', False)
""")
sub("""        for flag in self.traps:
            self.traps[flag] = 0
""", """        for flag in self.traps:
            self.traps[flag] = False
""")
sub("""        self.flags[error] = True
""", """        self.flags[error] = True
        if condition in (ConversionSyntax, DivisionImpossible, DivisionUndefined):
            object.__setattr__(self, '_inv_early', True)
""")
sub('__libmpdec_version__ = "2.4.2" # compatible libmpdec version', '__libmpdec_version__ = "2.5.1"')
sub("""# Map conditions (per the spec) to signals
""", """class SignalDict(dict):
    # _decimal's flags and traps: a mapping of the signals printed as C prints it
    def __repr__(self):
        return '{' + ', '.join(f'{k!r}:{v!r}' for k, v in self.items()) + '}'

    def copy(self):
        return SignalDict(self)


SignalDict.__module__ = 'decimal'

# Map conditions (per the spec) to signals
""")
sub("self.traps = dict((s, s in traps) for s in _signals + traps)", "self.traps = SignalDict((s, s in traps) for s in _signals + traps)")
sub("self.flags = dict.fromkeys(_signals, False)", "self.flags = SignalDict.fromkeys(_signals, False)")
sub("self.flags = dict((s, s in flags) for s in _signals + flags)", "self.flags = SignalDict((s, s in flags) for s in _signals + flags)")
# C prints the signals in the order of libmpdec's status bits; InvalidOperation
# comes second when a condition with a low bit raised it (ConversionSyntax...)
sub("""        names = [f.__name__ for f, v in self.flags.items() if v]
        s.append('flags=[' + ', '.join(names) + ']')
        names = [t.__name__ for t, v in self.traps.items() if v]
""", """        late = not getattr(self, '_inv_early', False)
        names = [f.__name__ for f in sorted(_signals, key=lambda f: 256 if f is InvalidOperation and late else _mpd_bits[f]) if self.flags.get(f)]
        s.append('flags=[' + ', '.join(names) + ']')
        names = [t.__name__ for t in sorted(_signals, key=_mpd_bits.get) if self.traps.get(t)]
""")
sub("""# Map conditions (per the spec) to signals
""", """_mpd_bits = {Clamped: 1, InvalidOperation: 2, DivisionByZero: 4, Inexact: 64, FloatOperation: 1024, Overflow: 2048,
             Rounded: 4096, Subnormal: 8192, Underflow: 16384}

# Map conditions (per the spec) to signals
""")
tree = ast.parse(src)
for node in ast.walk(tree):
    if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
        b = node.body
        if b and isinstance(b[0], ast.Expr) and isinstance(b[0].value, ast.Constant) and isinstance(b[0].value.value, str):
            if isinstance(node, ast.Module):
                continue
            node.body = b[1:] or [ast.Pass()]
out = ast.unparse(tree)
# the module's own docstring becomes the first statement of the file after the header
header = '''# decimal.py, written at build time by python/tools/gen_decimal.py
#
# The decimal module: CPython 3.11's _pydecimal.py (its pure Python
# decimal, which CPython's decimal.py imports when _decimal is missing),
# with its functions' and classes' docstrings left out, and changed
# towards what CPython's C _decimal does: a trapped signal is raised with
# the list of the conditions met (`decimal.InvalidOperation:
# [<class 'decimal.ConversionSyntax'>]`), _decimal's words for the errors
# of conversions, int(), round(), tuples and format specs, flags and traps
# as bools in _decimal's order of signals, a Context's repr listing them in
# libmpdec's order of status bits, the hash constants of 64-bit CPython
# (sys.hash_info is not casyncio's), and Decimal and Context named
# 'decimal.Decimal' and 'decimal.Context' in messages (_dotted), as
# _decimal's C types are.  Formatting with 'n' imports locale, refused.
#
# A file of the library fetched when imported in wasm
# (build/wasm/pylib/decimal.py); built into the native interpreter as the C
# string decimal_prelude.
'''
out = header + out + "\nfor _c in (Decimal, Context):\n    _dotted(_c)\n"
with open(OUT + '.tmp', 'w', encoding='utf-8') as f:
    f.write(out)
os.replace(OUT + '.tmp', OUT)
