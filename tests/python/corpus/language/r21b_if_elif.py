# tutorial 4.1: if/elif/else with several values
def classify(x):
    if x < 0:
        x = 0
        print('Negative changed to zero')
    elif x == 0:
        print('Zero')
    elif x == 1:
        print('Single')
    else:
        print('More')
for v in [-5, 0, 1, 42]:
    classify(v)
x = int('42')
print(x, type(x).__name__)
print(int('  -7 '), int('0x1f', 16), int('101', 2), int('z', 36))
try:
    int('4.5')
except ValueError as e:
    print(e)
int('forty-two')
