# An f-string with empty braces and one with a backslash inside the braces
name = 'ann'
print(f'hello {name}')
print(f'empty {}')


