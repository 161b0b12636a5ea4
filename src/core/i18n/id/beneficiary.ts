// Bahasa Indonesia: messages of the beneficiary rules.
export const beneficiary = {
  'status.deceased_active':
    'Status penerima "meninggal", tetapi baris ini masih ditetapkan sebagai penerima. Hentikan penetapan dan penyalurannya, atau perbaiki statusnya bila keliru.',
  'status.deceased_active.paid':
    'Status penerima "meninggal", tetapi baris ini masih mencatat bantuan {amount}. Periksa apakah bantuan masih disalurkan; kosongkan nominalnya atau perbaiki statusnya bila keliru.',
  'status.deceased_active.disbursed':
    'Status penerima "meninggal", tetapi keterangan menyebut bantuan sudah disalurkan. Periksa penyalurannya, atau perbaiki statusnya bila keliru.',
  'status.deceased_active.keterangan':
    'Keterangan menyebut penerima sudah meninggal, tetapi baris ini masih tercatat aktif. Ubah status penerima menjadi "meninggal" dan hentikan penyalurannya, atau perbaiki keterangannya bila keliru.',
  'eligibility.age':
    'Umur penerima {age} tahun (per {date}), di luar batas umur {program} yaitu {min} sampai {max} tahun. Periksa tanggal lahir dan kelayakannya.',
  'eligibility.age.min':
    'Umur penerima {age} tahun (per {date}), di bawah batas umur {program} yaitu paling sedikit {min} tahun. Periksa tanggal lahir dan kelayakannya.',
  'eligibility.age.max':
    'Umur penerima {age} tahun (per {date}), di atas batas umur {program} yaitu paling tinggi {max} tahun. Periksa tanggal lahir dan kelayakannya.',
  'verifikasi.order':
    'Tahap verifikasi mundur: pada periode {period} tercatat "{stage}", padahal pada periode sebelumnya ({previousPeriod}) sudah "{previousStage}". Periksa status verifikasinya.',
  'verifikasi.order.date':
    'Urutan tanggal verifikasi terbalik: tahap "{stage}" bertanggal {date}, lebih awal dari tahap sebelumnya "{lowerStage}" yang bertanggal {lowerDate}. Periksa status atau tanggal verifikasinya.',
} as const;
