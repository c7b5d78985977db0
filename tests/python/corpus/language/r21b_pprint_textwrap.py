# tutorial 11.1: pprint and textwrap (without reprlib)
import pprint, textwrap
t = [[[['black', 'cyan'], 'white', ['green', 'red']], [['magenta',
    'yellow'], 'blue']]]
pprint.pprint(t, width=30)
doc = """The wrap() method is just like fill() except that it returns
a list of strings instead of one big string with newlines to separate
the wrapped lines."""
print(textwrap.fill(doc, width=40))
print(textwrap.wrap('aaa bbb ccc ddd', 7))
print(textwrap.dedent('''\
    indented
      more
    back'''))
print(textwrap.indent('a\nb\n\nc', '> '))
print(textwrap.shorten('Hello  world, this is long', width=15))
pprint.pprint({'k%02d' % i: list(range(i)) for i in range(6)})
print(pprint.pformat(list(range(30)), width=40, compact=True))
pprint.pprint({'b': {'y': [1] * 12, 'x': 'long string ' * 5}, 'a': (1, 2)}, width=50)
pprint.pprint(list(range(3)), indent=4); pprint.pprint('x' * 90)
print(textwrap.fill('word ' * 20, width=30, initial_indent='* ', subsequent_indent='  '))
