# Calling an instance of a class with a very long name.
class AbstractSingletonProxyFactoryBeanWithAVeryLongNameThatJavaProgrammersLikeToWriteEveryDayOfTheWeekAndAlsoOnSundaysToo:
    pass

obj = AbstractSingletonProxyFactoryBeanWithAVeryLongNameThatJavaProgrammersLikeToWriteEveryDayOfTheWeekAndAlsoOnSundaysToo()
print(len(type(obj).__name__))
obj()
