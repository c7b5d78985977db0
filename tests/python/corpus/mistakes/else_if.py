# Mistake: else if instead of elif.
n = 5
if n < 0:
    print('negative')
else if n == 0:
    print('zero')
