# A bare except: placed before a more specific except clause
try:
    1 / 0
except:
    print('something')
except ZeroDivisionError:
    print('division')
