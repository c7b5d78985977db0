# textwrap and pprint for printing a long description and nested results nicely
import textwrap
import pprint

text = ('The event loop runs one task at a time; a task gives up the processor only when it awaits '
        'something, so other tasks may run while it waits for a sleep or an I/O operation.')
print(textwrap.fill(text, width=40))
print(textwrap.shorten(text, width=50, placeholder=' ...'))
print(textwrap.indent('a\nb\n', '> '), end='')
print(textwrap.dedent('''
    def main():
        pass
''').strip())
data = {'workers': [{'name': f'w{i}', 'results': list(range(i * 3))} for i in range(4)], 'ok': True}
pprint.pprint(data, width=60)
pprint.pprint(list(range(30)), compact=True, width=40)
print(pprint.pformat({'b': 1, 'a': [1, 2]}, sort_dicts=False))
