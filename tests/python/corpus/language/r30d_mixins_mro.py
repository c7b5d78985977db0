# Mixins with cooperative super() calls and the MRO that decides the order
class Base:
    def save(self):
        print("Base.save")
        return ["base"]


class TimestampMixin:
    def save(self):
        print("TimestampMixin.save")
        return ["ts"] + super().save()


class ValidateMixin:
    def save(self):
        print("ValidateMixin.save")
        return ["valid"] + super().save()


class Model(ValidateMixin, TimestampMixin, Base):
    def save(self):
        print("Model.save")
        return super().save()


print(Model().save())
print([c.__name__ for c in Model.mro()])
print(super(TimestampMixin, Model()).save())


class A: pass
class B(A): pass


class C(A, B):
    pass
