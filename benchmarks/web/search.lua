-- wrk script: GET the search page with varied queries (plain words, acronyms, typos, filters, paging).
local queries = {
  "/?q=akta+kematian",
  "/?q=izin+usaha+umkm",
  "/?q=antrean+ktp-el",
  "/?q=surat+masuk+keluar",
  "/?q=pelayanan+terpadu+satu+pintu",
  "/?q=disdukcapil",
  "/?q=dpmptsp",
  "/?q=pengaduan+masyarakat",
  "/?q=kesehatan+ibu+dan+anak",
  "/?q=sekolah",
  "/?q=perizinan+daring",
  "/?q=pajak+daerah",
  "/?q=arsip+digital",
  "/?q=kependudukn",
  "/?q=perijinan",
  "/?q=aplikasi+pelaporan",
  "/?q=puskesmas",
  "/?q=posyandu",
  "/?q=sampah",
  "/?q=air+bersih",
  "/?q=kartu+keluarga",
  "/?q=waktu+tunggu",
  "/?q=layanan+antar+jemput",
  "/?q=e-office",
  "/?q=izin&klaster=layanan-langsung",
  "/?q=data&digital=true",
  "/?q=pelayanan&unsur=waktu",
  "/?q=inovasi&tahap=penerapan",
  "/?q=pendidikan&dari=2018&sampai=2022",
  "/?q=kesehatan&hal=2",
  "/?klaster=kearsipan",
  "/?q=ruang+tunggu+nyaman",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", queries[(n % #queries) + 1])
end
