# ExceptionGroup with more than 15 sub-exceptions shows "and N more exceptions"
errs = [ValueError(i) for i in range(18)]
raise ExceptionGroup("lots", errs)
# (end of the program)
# (end of the program)
