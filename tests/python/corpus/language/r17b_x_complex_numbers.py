# A learner tries complex numbers: j literals, arithmetic, abs, real and imag
z = 3 + 4j
print(z, type(z).__name__, z.real, z.imag, abs(z))
print(z * 2, z + 1, z * z, z.conjugate(), z == complex(3, 4))
print((1j) ** 2, complex('1+2j'))
