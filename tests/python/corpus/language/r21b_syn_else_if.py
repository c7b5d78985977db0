# writing 'else if' instead of elif
x = 5
if x < 0:
    print('neg')
else if x == 0:
    print('zero')
