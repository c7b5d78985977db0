# dict.iteritems from Python 2
print("== dict iteritems python2 ==")
ages = {"ada": 36}
for k, v in ages.iteritems():
    print(k, v)
