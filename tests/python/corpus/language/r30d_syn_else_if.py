# A learner coming from C writes 'else if' and forgets the colon after the condition
score = 72
if score > 90:
    print('A')
else if score > 70:
    print('B')
else:
    print('C')
