# An f-string with empty braces and one with a backslash inside the braces
# (kept short on purpose: the mistake is the point)
name = 'ann'
print(f'hello {name}')
print(f'empty {}')


