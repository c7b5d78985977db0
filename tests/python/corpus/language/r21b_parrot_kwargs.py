# tutorial 4.8.2: keyword arguments to parrot, valid calls and the invalid ones
def parrot(voltage, state='a stiff', action='voom', type='Norwegian Blue'):
    print("-- This parrot wouldn't", action, end=' ')
    print("if you put", voltage, "volts through it.")
    print("-- Lovely plumage, the", type)
    print("-- It's", state, "!")
parrot(1000)
parrot(voltage=1000)
parrot(voltage=1000000, action='VOOOOOM')
parrot(action='VOOOOOM', voltage=1000000)
parrot('a million', 'bereft of life', 'jump')
parrot('a thousand', state='pushing up the daisies')
for call in ["parrot()", "parrot(voltage=5.0, 'dead')", "parrot(110, voltage=220)",
             "parrot(actor='John Cleese')"]:
    try:
        eval(call)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
def function(a):
    pass
function(0, a=0)
