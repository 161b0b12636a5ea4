// Bahasa Indonesia: messages of the header rules.
export const header = {
  'header.missing_field':
    'Kolom {field} tidak ditemukan. Judul kolom yang dikenali antara lain {accepted}. Tambahkan kolomnya, atau pilih kolom yang sesuai di pemetaan kolom.',
  'header.missing_field.program':
    'Kolom program bantuan tidak ditemukan, dan judul sheet tidak menyebut programnya. Tambahkan kolom seperti {accepted}, tulis nama programnya (misalnya PKH) di judul sheet, atau pilih kolomnya di pemetaan kolom.',
  'header.ambiguous':
    'Beberapa kolom dapat dibaca sebagai {field}: {headers}. Sinergi memakai kolom {used}. Bila keliru, pilih kolom yang benar di pemetaan kolom.',
} as const;
