# tutorial 3.1.2: quotes, escapes, raw strings, repr vs print
print('spam eggs')
print('doesn\'t')
print("doesn't")
print('"Yes," they said.')
print("\"Yes,\" they said.")
print('"Isn\'t," they said.')
s = 'First line.\nSecond line.'
print(repr(s))
print(s)
print('C:\some\name')
print(r'C:\some\name')
print(repr('C:\some\name'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\t tab'), repr('\x00\x7f'), repr('é'), repr('\u200b'))
print("""\
Usage: thingy [OPTIONS]
     -h                        Display this usage message
     -H hostname               Hostname to connect to
""")
print(3 * 'un' + 'ium')
print('Py' 'thon')
text = ('Put several strings within parentheses '
        'to have them joined together.')
print(text)
prefix = 'Py'
print(prefix + 'thon')
