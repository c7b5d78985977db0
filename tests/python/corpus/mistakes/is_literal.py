# Mistake: comparing with "is" against a literal; Python warns when it compiles the file.
answer = 'yes'
if answer is 'yes':
    print('is happened to be true')
if answer == 'yes':
    print('== is the right test')
