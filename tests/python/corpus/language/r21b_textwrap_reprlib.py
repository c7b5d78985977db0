# tutorial 11.1: reprlib, pprint, textwrap
import reprlib, pprint, textwrap
print(reprlib.repr(set('supercalifragilisticexpialidocious')) if False else reprlib.repr(sorted(set('supercalifragilisticexpialidocious'))))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
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
