# str.format's errors for a field left open or malformed, in CPython's words
# (MarkupIterator's): a '{' at the very end, an unclosed name, conversion
# or spec, a '{' in a field name, a '!' before the '}', specs nested too deep.
for fmt in ['{0', '{0:{1}', '{:{', '{0!r', '{a[', '{a[0', '{0:', '{0:>', '{:{}', '{0:{1}}}x{', '{!', '{0!', '{0:{1:{2}}}', '{{0', 'a{b', '{0:{', '{0}{', '{:}}']:
    try:
        print(repr(fmt), repr(fmt.format(1, 2, 3, a=[1])))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ['{0:{1:>5}}', '{a{b}', '{0!r:{1}', '{0!rx}', '{0!}', '{a[{]', '{0:{1:{2}}}', '{0:{1}}']:
    try:
        print(repr(fmt), repr(fmt.format(1, 2, 3, a=[1])))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ['{0!}}', '{0!}:>3}', '{0!}x', '{0!}:{'] :
    try:
        print(repr(fmt), repr(fmt.format(1, 2, 3, a=[1])))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
