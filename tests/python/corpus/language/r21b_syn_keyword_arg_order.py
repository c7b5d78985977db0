# a positional argument after a keyword argument (tutorial 4.8.2)
def parrot(voltage, state='a stiff'):
    pass
parrot(voltage=5.0, 'dead')
# (end of the program)
